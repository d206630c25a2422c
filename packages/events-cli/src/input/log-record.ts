/** One element of a log: its parsed value, or why its text is not JSON. */
export type LogRecord =
  | { readonly line: number; readonly value: unknown; readonly error?: undefined }
  | { readonly line: number; readonly value?: undefined; readonly error: string };

/** Called for each element in file order; throwing stops the read and rejects with that error. */
export type RecordHandler = (record: LogRecord) => void;

/** Turns the text of one element (a JSON Lines line or an array element) into a record. */
export function parseRecord(line: number, text: string): LogRecord {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { line, error: `not JSON: ${(error as SyntaxError).message}` };
  }
}
