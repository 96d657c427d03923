/**
 * The import pipeline up to the preview: read each file, check it, and plan
 * the merge against the database. Runs in the import worker; nothing here
 * writes. A file picked twice is read once; a file that cannot be read is
 * reported alone, and the others go on.
 * A file up to WHOLE_UP_TO is read whole (JSON.parse, then each record
 * checked); a larger one is opened to be read in slices (bundle/stream), in
 * bounded memory. Either is an ImportFile, planned and written the same way
 * (db/exchange/import-bundles.ts).
 */
import { BundleError } from '@/bundle/bundle-error';
import {
  decryptFile,
  isEncrypted,
  MAX_ENCRYPTED_BYTES,
} from '@/bundle/encryption';
import { parseJson, readBundle, type ReadBundle } from '@/bundle/read-bundle';
import { checkSignature, type Signer } from '@/bundle/signature';
import { openBundle } from '@/bundle/stream/open-bundle';
import type { ImportLogEntry } from '@/db/app-db';
import { applyImport, previewImport } from '@/db/exchange/import-bundles';
import type { ImportFile } from '@/db/exchange/import-files';
import { noChoices, type TrustChoices } from '@/db/keys/trust-book';
import { loadTrustBook } from '@/db/keys/trusted-keys';

import {
  openEach,
  refused,
  type Analyzed,
  type FileOutcome,
  type ImportPreview,
  type Loaded,
  type OnProgress,
} from './analysis';
import { blobSource } from './blob-source';
import { distinctFiles } from './distinct-files';
import { namedHeld, officePreviews } from './office-previews';
import { bundleBytes, WHOLE_UP_TO } from './read-file';

export type {
  FileOutcome,
  ImportPreview,
  OfficePreview,
  Phase,
  ProgressUnit,
} from './analysis';

/**
 * An encrypted file opened with the passphrase given for it (by name);
 * without one it is refused as `encrypted`, and the page asks for it.
 */
async function decrypted(file: File, passphrases: Passphrases): Promise<Blob> {
  if (file.size > MAX_ENCRYPTED_BYTES) return file;
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  if (!isEncrypted(head)) return file;
  const passphrase = passphrases[file.name];
  if (passphrase === undefined) throw new BundleError('encrypted');
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new Blob([
    (await decryptFile(crypto.subtle, bytes, passphrase)) as BlobPart,
  ]);
}

/** Passphrases of encrypted files, by file name: never stored, dropped after the reading. */
export type Passphrases = Readonly<Record<string, string>>;

async function load(
  picked: readonly File[],
  passphrases: Passphrases,
  onProgress: OnProgress,
) {
  const loaded: Loaded[] = [];
  const files = await distinctFiles(picked);
  for (const [i, file] of files.entries()) {
    onProgress('read', i, files.length, 'files');
    try {
      const plain = await decrypted(file, passphrases);
      const name = file.name.replace(/\.enc$/i, '');
      loaded.push({ name: file.name, bytes: await bundleBytes(plain, name) });
    } catch (error) {
      loaded.push({ name: file.name, outcome: refused(file.name, error) });
    }
  }
  return loaded;
}

async function readWhole(bytes: Blob) {
  const data = new Uint8Array(await bytes.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new BundleError('notUtf8');
  }
  return readBundle(parseJson(text));
}

/** Who signed the file: a signature that does not verify refuses it. */
const signerOf = ({
  sha256,
  signature,
}: Pick<ReadBundle, 'sha256' | 'signature'>) =>
  checkSignature(crypto.subtle, sha256, signature);

const senderOf = (
  { source }: Pick<ReadBundle, 'source'>,
  signer?: Signer,
): FileOutcome['sender'] => ({
  device: source.device,
  ...(signer ? { fingerprint: signer.fingerprint } : {}),
});

/** A file as the import reads it: whole, or opened to be read in slices. */
async function openFile(
  name: string,
  bytes: Blob,
  onProgress: OnProgress,
): Promise<{
  value: ImportFile;
  records: number;
  sender: FileOutcome['sender'];
}> {
  if (bytes.size <= WHOLE_UP_TO) {
    const read = await readWhole(bytes);
    const signer = await signerOf(read);
    const { offices, measures, updates } = read.records;
    const records = offices.length + measures.length + updates.length;
    return {
      value: { name, read, signer },
      records,
      sender: senderOf(read, signer),
    };
  }
  const opened = openBundle(blobSource(bytes), (done, total) =>
    onProgress('check', done, total, 'bytes'),
  );
  const signer = await signerOf(opened.envelope);
  const { offices, measures, updates } = opened.ids;
  const records = offices.size + measures.size + updates.size;
  return {
    value: { name, opened, signer },
    records,
    sender: senderOf(opened.envelope, signer),
  };
}

export async function analyzeFiles(
  picked: readonly File[],
  onProgress: OnProgress,
  passphrases: Passphrases = {},
): Promise<{ preview: ImportPreview; analyzed: Analyzed }> {
  const loaded = await load(picked, passphrases, onProgress);
  onProgress('check', 0, loaded.length, 'files');
  const { outcomes, opened: files } = await openEach<ImportFile>(
    loaded,
    (name, bytes) => openFile(name, bytes, onProgress),
  );
  const preview = await previewImport(files, {
    onRecords: (done, total) => onProgress('plan', done, total, 'records'),
    // Judged with no choice made: what a file may not change is held.
    trust: await loadTrustBook(noChoices()),
  });
  return {
    preview: {
      files: outcomes,
      offices: await officePreviews(preview.byOffice, preview.officeNames),
      invalid: preview.invalid,
      held: await namedHeld(preview.held),
      firstUse: preview.firstUse,
    },
    analyzed: { files },
  };
}

/** Writes what was analyzed, with the person's trust choices, in one change; `signal` aborts it. */
export async function applyAnalyzed(
  analyzed: Analyzed,
  choices: TrustChoices,
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<ImportLogEntry> {
  const entry = await applyImport(analyzed.files, {
    onRecords: (done, total) => onProgress('write', done, total, 'records'),
    signal,
    trust: await loadTrustBook(choices),
  });
  return entry.held ? { ...entry, held: await namedHeld(entry.held) } : entry;
}
