import { useFormat } from '@/i18n/use-format';

interface ResultCountProps {
  shown: number;
  total: number;
  /** The sentence, given both counts in the screen's digits. */
  message: (counts: { shown: string; total: string }) => string;
}

/** "แสดง ๓ จาก ๑๒ หน่วยงาน" above a filtered list; said again whenever a filter changes it. */
export function ResultCount({ shown, total, message }: ResultCountProps) {
  const format = useFormat();
  return (
    <p className="result-count" role="status">
      {message({ shown: format.number(shown), total: format.number(total) })}
    </p>
  );
}
