import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { LineMessage } from "../../src/input/line-reader.ts";

/** Runs a line reader on a channel, acknowledging each batch (`ackAfterMs` later: a slow reader), and collects what it posts. */
export async function posted(post: (port: MessagePort) => Promise<void>, ackAfterMs?: number): Promise<LineMessage[]> {
  const { port1, port2 } = new MessageChannel();
  const messages: LineMessage[] = [];
  port2.on("message", (message: LineMessage) => {
    messages.push(message);
    if (ackAfterMs === undefined) port2.postMessage(1);
    else setTimeout(() => port2.postMessage(1), ackAfterMs);
  });
  await post(port1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  port1.close();
  return messages;
}

/** The lines of the batches posted, with their line numbers when the batches carry them. */
export function linesOf(messages: readonly LineMessage[]): { readonly text: string; readonly line: number | undefined }[] {
  return messages.flatMap((message) => {
    if (!("text" in message)) return [];
    const lines: { text: string; line: number | undefined }[] = [];
    for (let at = 0; at < message.bounds.length; at += 2) lines.push({ text: message.text.slice(message.bounds[at], message.bounds[at + 1]), line: message.lines?.[at / 2] });
    return lines;
  });
}

