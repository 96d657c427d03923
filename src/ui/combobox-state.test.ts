import { useCombobox, type UseComboboxState } from 'downshift';
import { describe, expect, it } from 'vitest';

import { comboboxStateReducer } from './combobox-state';

const types = useCombobox.stateChangeTypes;
const ITEMS = ['กระบี่', 'ขอนแก่น', 'ชลบุรี', 'ตาก', 'น่าน', 'ลำปาง'];
const search = (query: string) => ITEMS.filter((item) => item.includes(query));
const reducer = comboboxStateReducer<string>(search);

const CLOSED: UseComboboxState<string> = {
  isOpen: false,
  highlightedIndex: -1,
  selectedItem: 'ตาก',
  inputValue: 'ตาก',
};
const TYPED: UseComboboxState<string> = {
  isOpen: true,
  highlightedIndex: 0,
  selectedItem: 'ตาก',
  inputValue: 'น',
};

/** What the reducer makes of downshift's own changes for an action. */
function reduce(
  state: UseComboboxState<string>,
  type: (typeof types)[keyof typeof types],
  changes: Partial<UseComboboxState<string>>,
  items: readonly string[] = ITEMS,
) {
  // What the reducer reads of downshift's merged props.
  const props = {
    items,
    itemToString: (item: string | null) => item ?? '',
    itemToKey: (item: string | null) => item,
  } as unknown as Parameters<typeof reducer>[1]['props'];
  return reducer(state, { type, changes, props });
}

describe('comboboxStateReducer', () => {
  it('opens at the chosen item, whatever key or click opened it', () => {
    for (const type of [
      types.InputKeyDownArrowDown,
      types.InputKeyDownArrowUp,
      types.InputClick,
      types.ToggleButtonClick,
    ]) {
      // Downshift would open ArrowUp at the last item, and the others at
      // the chosen one only if the list it saw closed held it.
      expect(
        reduce(CLOSED, type, { isOpen: true, highlightedIndex: 5 }, []),
      ).toEqual({ isOpen: true, highlightedIndex: 3, inputValue: 'ตาก' });
    }
  });

  it('opens at the first item when the chosen one is not in the list', () => {
    const none = { ...CLOSED, selectedItem: 'แพร่', inputValue: 'แพร่' };
    expect(
      reduce(none, types.InputKeyDownArrowDown, { isOpen: true }),
    ).toMatchObject({ highlightedIndex: 0 });
  });

  it('puts the first match of the text typed active, or none', () => {
    // Downshift computes it from the list before the text changed.
    expect(
      reduce(CLOSED, types.InputChange, {
        isOpen: true,
        highlightedIndex: 0,
        inputValue: 'ลำ',
      }),
    ).toEqual({ isOpen: true, highlightedIndex: 0, inputValue: 'ลำ' });
    expect(
      reduce(TYPED, types.InputChange, {
        isOpen: true,
        highlightedIndex: 0,
        inputValue: 'เชียง',
      }),
    ).toMatchObject({ highlightedIndex: -1 });
  });

  it('never chooses on leaving the box, and shows the chosen name again', () => {
    // Downshift chooses the active item when Tab leaves the box.
    expect(
      reduce(TYPED, types.InputBlur, {
        isOpen: false,
        highlightedIndex: -1,
        selectedItem: 'น่าน',
        inputValue: 'น่าน',
      }),
    ).toEqual({ isOpen: false, highlightedIndex: -1, inputValue: 'ตาก' });
  });

  it('Escape closes and shows the chosen name again, never clears it', () => {
    expect(
      reduce(TYPED, types.InputKeyDownEscape, {
        isOpen: false,
        highlightedIndex: -1,
      }),
    ).toEqual({ isOpen: false, highlightedIndex: -1, inputValue: 'ตาก' });
    // Closed, downshift's Escape would clear the choice and the text.
    expect(
      reduce(CLOSED, types.InputKeyDownEscape, {
        isOpen: false,
        highlightedIndex: -1,
        selectedItem: null,
        inputValue: '',
      }),
    ).toEqual({ isOpen: false, highlightedIndex: -1, inputValue: 'ตาก' });
  });

  it('keeps a choice made by Enter or a click', () => {
    const chosen = {
      isOpen: false,
      highlightedIndex: -1,
      selectedItem: 'น่าน',
      inputValue: 'น่าน',
    };
    expect(reduce(TYPED, types.InputKeyDownEnter, chosen)).toEqual(chosen);
    expect(reduce(TYPED, types.ItemClick, chosen)).toEqual(chosen);
  });

  it('keeps the list open when the box is clicked to edit the text', () => {
    expect(
      reduce(TYPED, types.InputClick, { isOpen: false, highlightedIndex: -1 }),
    ).toEqual({});
  });

  it('keeps the active item when the pointer leaves the list', () => {
    expect(
      reduce(TYPED, types.MenuMouseLeave, { highlightedIndex: -1 }),
    ).toEqual({});
  });

  it('stops the page keys at the ends of the list', () => {
    const at = (highlightedIndex: number) => ({
      ...TYPED,
      highlightedIndex,
      inputValue: '',
    });
    // Downshift goes round to the other end.
    expect(
      reduce(at(4), types.InputKeyDownPageDown, { highlightedIndex: 0 }),
    ).toEqual({ highlightedIndex: 5 });
    expect(
      reduce(at(2), types.InputKeyDownPageUp, { highlightedIndex: 5 }),
    ).toEqual({ highlightedIndex: 0 });
    const long = Array.from({ length: 30 }, (_, i) => `${i}`);
    expect(
      reduce(at(3), types.InputKeyDownPageDown, { highlightedIndex: 13 }, long),
    ).toEqual({ highlightedIndex: 13 });
  });

  it('leaves the other keys to downshift', () => {
    expect(
      reduce(TYPED, types.InputKeyDownEnd, { highlightedIndex: 5 }),
    ).toEqual({ highlightedIndex: 5 });
  });
});
