/**
 * What a combobox of the app changes of downshift's useCombobox, which
 * otherwise does the keys, the ARIA and the pointer (WAI-ARIA APG, list
 * autocomplete). The list is what the chooser switches the whole app to
 * (an office), so choosing is Enter or a click only, never leaving the box.
 */
import {
  useCombobox,
  type UseComboboxState,
  type UseComboboxStateChangeOptions,
} from 'downshift';

const types = useCombobox.stateChangeTypes;

/** Rows a page key moves: downshift's page. */
const PAGE_ROWS = 10;

type Changes<T> = Partial<UseComboboxState<T>>;

/**
 * The stateReducer for useCombobox; `search` gives the matches of a text,
 * in the order shown ('' for all).
 */
export function comboboxStateReducer<T>(
  search: (query: string) => readonly T[],
) {
  return (
    state: UseComboboxState<T>,
    { type, changes, props }: UseComboboxStateChangeOptions<T>,
  ): Changes<T> => {
    const chosenName = props.itemToString(state.selectedItem);
    switch (type) {
      // Downshift finds the first match in the list before the text changed.
      case types.InputChange:
        return {
          ...changes,
          highlightedIndex: search(changes.inputValue ?? '').length ? 0 : -1,
        };
      // The box is clicked to edit the text typed, not to close the list.
      case types.InputClick:
        if (state.isOpen) return {};
        break;
      // The keys work on the item active when the pointer left.
      case types.MenuMouseLeave:
        return {};
      // Downshift goes round to the other end: at 8,000 offices a page
      // past the last one would land on the first.
      case types.InputKeyDownPageDown:
      case types.InputKeyDownPageUp: {
        const step =
          type === types.InputKeyDownPageDown ? PAGE_ROWS : -PAGE_ROWS;
        const last = props.items.length - 1;
        if (last < 0) return { highlightedIndex: -1 };
        const to = state.highlightedIndex + step;
        return { highlightedIndex: Math.max(0, Math.min(last, to)) };
      }
      // Tab would choose the active item; Escape while closed would clear
      // the choice. Both only close, as a click outside does.
      case types.InputBlur:
      case types.InputKeyDownEscape: {
        const rest = { ...changes };
        delete rest.selectedItem;
        return { ...rest, inputValue: chosenName };
      }
    }
    // Opened by a key or a click: at the chosen item, as a <select> opens,
    // its name in the box. The list closed is empty (it is searched only
    // when opened), so downshift cannot find the item in it.
    if (changes.isOpen && !state.isOpen) {
      const all = search('');
      const chosen = props.itemToKey(state.selectedItem);
      const at = all.findIndex((item) => props.itemToKey(item) === chosen);
      return {
        ...changes,
        highlightedIndex: all.length ? Math.max(0, at) : -1,
        inputValue: chosenName,
      };
    }
    return changes;
  };
}
