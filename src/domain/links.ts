/** Evidence links: only web addresses, so a stored link can never run script. */

/** isHttpUrl('https://www.khunkaew.go.th') === true; isHttpUrl('javascript:alert(1)') === false */
export function isHttpUrl(text: string): boolean {
  // Whitespace would be percent-encoded by the parser; in a link field it
  // means two links pasted together or a stray sentence, so refuse it.
  if (text === '' || /\s/.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false; // relative or malformed
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== ''
  );
}
