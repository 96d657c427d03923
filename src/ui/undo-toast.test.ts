import { createInstance } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import th from '@/i18n/th.json';

import { toasts } from './toast-store';
import { showUndoToast } from './undo-toast';

const i18n = createInstance();
void i18n.init({
  resources: { th: { translation: th } },
  lng: 'th',
  initAsync: false,
});
const { t } = i18n;

const deleted = {
  message: 'ลบมาตรการแล้ว',
  undone: 'กู้คืนแล้ว',
  notUndone: 'กู้คืนไม่ได้',
};

async function pressUndo() {
  const action = toasts.current()?.action;
  expect(action?.label).toBe('เลิกทำ');
  await action?.run();
  return toasts.current();
}

describe('a delete with undo', () => {
  afterEach(() => {
    toasts.dismiss();
    vi.restoreAllMocks();
  });

  it('says what was deleted, and after undo that it is back', async () => {
    showUndoToast(t, { ...deleted, undo: async () => true });
    expect(toasts.current()).toMatchObject({ message: 'ลบมาตรการแล้ว' });
    expect(toasts.current()?.takeFocus).toBeFalsy();
    expect((await pressUndo())?.message).toBe('กู้คืนแล้ว');
  });

  it('says so when what was deleted has changed since and is left as it is', async () => {
    showUndoToast(t, { ...deleted, undo: async () => false });
    expect((await pressUndo())?.message).toBe('กู้คืนไม่ได้');
  });

  it('says why the undo could not be saved', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const full = new DOMException('full', 'QuotaExceededError');
    showUndoToast(t, {
      ...deleted,
      undo: () => Promise.reject(full),
    });
    expect((await pressUndo())?.message).toBe(th.errors.storageFull);
    expect(error).toHaveBeenCalledWith(full);
  });

  it('takes the focus when asked: the deleted control went with it', () => {
    showUndoToast(t, { ...deleted, takeFocus: true, undo: async () => true });
    expect(toasts.current()?.takeFocus).toBe(true);
  });
});
