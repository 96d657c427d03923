import { useEffect, useRef, type ReactNode } from 'react';

interface PageProps {
  title: ReactNode;
  /** For the document title, which must be plain text. */
  documentTitle: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** A screen: its heading, actions and content; sets the document title. */
export function Page({ title, documentTitle, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
