/**
 * Encodes an export's text to UTF-8 and hashes it beside the page: the page
 * serializes the next rows of updates while this encodes the ones before
 * (worker-sink.ts). Encoding 70 MB takes about as long as serializing it.
 */
import { textSink, type EncodedText } from '@/bundle/bundle-file';

export type ToHashWorker = { text: string } | { finish: true };
export type FromHashWorker =
  { ok: true; encoded: EncodedText } | { ok: false; message: string };

const sink = textSink();
const post = (message: FromHashWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

addEventListener('message', (event: MessageEvent<ToHashWorker>) => {
  if ('text' in event.data) {
    sink.write(event.data.text);
    return;
  }
  sink.finish().then(
    // Moved, not copied: the bytes are the size of the file.
    (encoded) => post({ ok: true, encoded }, [encoded.buffer]),
    (error: unknown) => post({ ok: false, message: String(error) }),
  );
});
