/// <reference types="node" />
import { readFile } from 'node:fs/promises';

// Reading what the command line is given: a file, or standard input for "-", as strict
// UTF-8. A replacement character silently put in place of bad bytes would change the
// document without a word, so bad bytes are an error, with where they are.

/** Input the command line can work on: its text, and a name for messages. */
export interface Input {
  readonly name: string;
  readonly text: string;
}

/** Input that could not be read (exit code 2) or is not UTF-8 (exit code 1), with a message. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The byte offset of the first bytes in `bytes` that are not UTF-8. Everything the lenient
 * decoder read before its first U+FFFD was decoded one for one, so its UTF-8 length is the
 * offset; a U+FFFD that the input itself spells (EF BF BD) is skipped.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = at + 1;
  }
  return bytes.length;
}

/** `bytes` as text; one leading byte-order mark is dropped (editors on Windows add it). */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    throw new InputError(`${name}: is not UTF-8 text: the bytes at offset ${offset} are not a character; save the file as UTF-8.`, 1);
  }
}

/** The file's text, or standard input's for "-". */
export async function readInput(file: string): Promise<Input> {
  const name = file === '-' ? '(standard input)' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (error) {
    throw new InputError(`${name}: cannot be read (${error instanceof Error ? error.message : String(error)})`, 2);
  }
  return { name, text: decodeUtf8(bytes, name) };
}
