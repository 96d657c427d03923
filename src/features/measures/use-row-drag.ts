import { useState, type DragEvent } from 'react';

interface Dragged {
  id: string;
  number: number;
}

/**
 * Native drag and drop of table rows, for the mouse: a row dropped on
 * another takes its place. It costs no library; the keyboard and screen
 * readers move a measure with the "move" dialog instead (move-controls.tsx).
 */
export type DragHandleProps = ReturnType<
  ReturnType<typeof useRowDrag>['handleProps']
>;

export function useRowDrag(move: (id: string, toIndex: number) => void) {
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const end = () => {
    setDragged(null);
    setOver(null);
  };

  return {
    /** For the handle of the row of measure `id`, numbered `number`. */
    handleProps: (id: string, number: number) => ({
      draggable: true as const,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.dataTransfer.effectAllowed = 'move';
        // Some browsers start no drag without data.
        event.dataTransfer.setData('text/plain', id);
        const row = event.currentTarget.closest('tr');
        if (row) event.dataTransfer.setDragImage(row, 16, row.offsetHeight / 2);
        setDragged({ id, number });
      },
      onDragEnd: end,
    }),

    /** For the row itself: where a dragged row may be dropped. */
    rowProps: (id: string, number: number) => {
      const target = dragged !== null && dragged.id !== id;
      return {
        className:
          dragged?.id === id
            ? 'dragging'
            : target && over === id
              ? number < dragged.number
                ? 'drop-before'
                : 'drop-after'
              : undefined,
        onDragOver: (event: DragEvent<HTMLElement>) => {
          if (!target) return;
          event.preventDefault(); // allows the drop
          event.dataTransfer.dropEffect = 'move';
          if (over !== id) setOver(id);
        },
        onDrop: (event: DragEvent<HTMLElement>) => {
          if (!target) return;
          event.preventDefault();
          // Its index among the others is the target's number - 1, whether
          // it comes from above (after the target) or below (before it).
          move(dragged.id, number - 1);
          end();
        },
      };
    },
  };
}
