import { isHttpUrl } from '@/domain/links';

/**
 * A link only when the text is an http(s) URL; anything else (javascript:,
 * data:, typos) is shown as plain text, never as a link.
 */
export function SafeLink({ href }: { href: string }) {
  if (!isHttpUrl(href)) return <span className="link-text">{href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {href}
    </a>
  );
}
