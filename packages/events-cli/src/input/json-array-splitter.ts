import { type LogRecord, parseRecord } from "./log-record.js";

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

const isWhitespace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;

/**
 * Where the splitter is: before the `[`; right after it; after a `,` (an
 * element must follow); inside an element; after the closing `]`; or done
 * after a structural error (the rest is ignored, the error said why).
 */
type State = "before" | "open" | "comma" | "element" | "closed" | "failed";

/**
 * Splits a JSON array, fed line by line, into the text of its top-level
 * elements, each parsed on its own with `JSON.parse` and tagged with the
 * line it starts on. Streaming JSON libraries report neither line numbers
 * nor anything after the first syntax error; this keeps both: a broken
 * element is one record with an error, and the elements after it still
 * arrive. Raw line breaks cannot occur inside JSON strings, so feeding
 * lines loses nothing.
 */
export class JsonArraySplitter {
  #state: State = "before";
  #depth = 0;
  #inString = false;
  #escaped = false;
  #startLine = 0;
  #parts: string[] = [];
  #lastLine = 0;
  readonly #emit: (record: LogRecord) => void;

  constructor(emit: (record: LogRecord) => void) {
    this.#emit = emit;
  }

  /** Feeds one line (without its line break). */
  push(text: string, line: number): void {
    this.#lastLine = line;
    let from = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (this.#state === "element") at = this.#scan(text, at, from) - 1;
      else if (this.#state === "failed") return;
      else if (isWhitespace(code)) continue;
      else if (this.#state === "before") {
        if (code === OPEN_BRACKET) this.#state = "open";
        else this.#fail(line, "expected '[' to open the array");
      } else if (this.#state === "closed") this.#fail(line, "unexpected text after the closing ']' of the array");
      else if (code === CLOSE_BRACKET) {
        if (this.#state === "comma") this.#fail(line, "an element is missing before ']' (trailing comma)");
        else this.#state = "closed";
      } else if (code === COMMA) this.#fail(line, "an element is missing before ','");
      else {
        this.#state = "element";
        this.#startLine = line;
        from = at;
        at = this.#scan(text, at, from) - 1;
      }
    }
    if (this.#state === "element") this.#parts.push(text.slice(from));
  }

  /** Signals the end of the input: an array that is not closed is an error. */
  end(): void {
    if (this.#state === "element") this.#emit(parseRecord(this.#startLine, this.#parts.join("\n")));
    if (this.#state === "element" || this.#state === "open" || this.#state === "comma") {
      this.#fail(this.#lastLine, "the array is not closed (missing ']')");
    }
  }

  /**
   * Scans element text from `at`; returns the index after the element's end
   * (its `,` or `]` at depth 0), or the line's length when it goes on.
   */
  #scan(text: string, at: number, from: number): number {
    for (let index = at; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (code === BACKSLASH) this.#escaped = true;
        else if (code === QUOTE) this.#inString = false;
      } else if (code === QUOTE) this.#inString = true;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.#depth++;
      else if (this.#depth > 0 && (code === CLOSE_BRACE || code === CLOSE_BRACKET)) this.#depth--;
      else if (this.#depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
        this.#parts.push(text.slice(from, index));
        this.#emit(parseRecord(this.#startLine, this.#parts.join("\n")));
        this.#parts = [];
        this.#state = code === COMMA ? "comma" : "closed";
        return index + 1;
      }
    }
    return text.length;
  }

  #fail(line: number, reason: string): void {
    this.#emit({ line, error: `not JSON: ${reason}` });
    this.#state = "failed";
  }
}
