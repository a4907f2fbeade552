import { describe, expect, it } from 'vitest';
import { classroomAction, moveCursor, type ClassroomAction, type GridPosition, type KeyPress } from '../../../../shared/assessment/classroom-keys';

const key = (k: string, extra: Omit<KeyPress, 'key'> = {}): KeyPress => ({ key: k, ...extra });

describe('classroomAction: digits', () => {
  it('1…n pick a level (1 = the lowest) on a 4-level rubric', () => {
    expect(classroomAction(key('1'), 4)).toEqual({ type: 'level', index: 0 });
    expect(classroomAction(key('4'), 4)).toEqual({ type: 'level', index: 3 });
  });

  it('a digit above the number of levels does nothing', () => {
    expect(classroomAction(key('5'), 4)).toBeNull();
    expect(classroomAction(key('9'), 3)).toBeNull();
  });

  it('the numeric keypad works the same', () => {
    expect(classroomAction(key('2', { code: 'Numpad2' }), 4)).toEqual({ type: 'level', index: 1 });
  });

  it('a numpad key without NumLock is the navigation key it says (End), not a digit', () => {
    expect(classroomAction(key('End', { code: 'Numpad1' }), 4)).toEqual({ type: 'row-end' });
    expect(classroomAction(key('ArrowDown', { code: 'Numpad2' }), 4)).toEqual({ type: 'move', rows: 1, columns: 0 });
  });

  it('0, Backspace and Delete clear the level', () => {
    expect(classroomAction(key('0'), 4)).toEqual({ type: 'clear' });
    expect(classroomAction(key('Backspace'), 4)).toEqual({ type: 'clear' });
    expect(classroomAction(key('Delete'), 4)).toEqual({ type: 'clear' });
  });

  it('on a keyboard where the digit row needs Shift (AZERTY), the physical key counts', () => {
    // AZERTY: the key labelled 3 gives '"' unshifted; KeyboardEvent.code is still Digit3.
    expect(classroomAction(key('"', { code: 'Digit3' }), 4)).toEqual({ type: 'level', index: 2 });
  });
});

describe('classroomAction: comments and shortcuts', () => {
  it('Alt+digit inserts the n-th suggested comment', () => {
    expect(classroomAction(key('1', { altKey: true, code: 'Digit1' }), 4)).toEqual({ type: 'insert-comment', index: 0 });
    expect(classroomAction(key('9', { altKey: true, code: 'Digit9' }), 4)).toEqual({ type: 'insert-comment', index: 8 });
  });

  it('Alt+digit also where Alt changes the character (macOS: Alt+3 gives "#"), by the key\'s code', () => {
    expect(classroomAction(key('#', { altKey: true, code: 'Digit3' }), 4)).toEqual({ type: 'insert-comment', index: 2 });
  });

  it('Alt+digit is not limited by the number of levels; Alt+0 and Alt+letter do nothing', () => {
    expect(classroomAction(key('7', { altKey: true, code: 'Digit7' }), 3)).toEqual({ type: 'insert-comment', index: 6 });
    expect(classroomAction(key('0', { altKey: true, code: 'Digit0' }), 4)).toBeNull();
    expect(classroomAction(key('o', { altKey: true, code: 'KeyO' }), 4)).toBeNull();
  });

  it('Ctrl and Cmd combinations are left to the app (Ctrl+1, Ctrl+Z, Cmd+Backspace)', () => {
    expect(classroomAction(key('1', { ctrlKey: true, code: 'Digit1' }), 4)).toBeNull();
    expect(classroomAction(key('z', { ctrlKey: true }), 4)).toBeNull();
    expect(classroomAction(key('Backspace', { metaKey: true }), 4)).toBeNull();
    expect(classroomAction(key('Enter', { ctrlKey: true }), 4)).toBeNull();
  });

  it('o, O and F2 open the comment; t and T follow the team', () => {
    for (const k of ['o', 'O', 'F2']) expect(classroomAction(key(k), 4)).toEqual({ type: 'edit-comment' });
    for (const k of ['t', 'T']) expect(classroomAction(key(k), 4)).toEqual({ type: 'follow-team' });
  });

  it('other keys (Tab, letters, Escape) are left alone', () => {
    for (const k of ['Tab', 'a', 'Escape', ' ']) expect(classroomAction(key(k), 4)).toBeNull();
  });
});

describe('classroomAction: moving', () => {
  it.each<[string, ClassroomAction]>([
    ['ArrowRight', { type: 'move', rows: 0, columns: 1 }],
    ['ArrowLeft', { type: 'move', rows: 0, columns: -1 }],
    ['ArrowDown', { type: 'move', rows: 1, columns: 0 }],
    ['ArrowUp', { type: 'move', rows: -1, columns: 0 }],
    ['Home', { type: 'row-start' }],
    ['End', { type: 'row-end' }],
    ['Enter', { type: 'next-row' }],
  ])('%s', (k, action) => {
    expect(classroomAction(key(k), 4)).toEqual(action);
  });

  it('Shift+Enter goes back a row', () => {
    expect(classroomAction(key('Enter', { shiftKey: true }), 4)).toEqual({ type: 'previous-row' });
  });
});

describe('moveCursor', () => {
  const at = (row: number, column: number): GridPosition => ({ row, column });
  const level: ClassroomAction = { type: 'level', index: 0 };

  it('a level moves one criterion right and stays on the last column', () => {
    expect(moveCursor(at(2, 0), level, 5, 8)).toEqual(at(2, 1));
    expect(moveCursor(at(2, 7), level, 5, 8)).toEqual(at(2, 7));
  });

  it('arrows move and are clamped at every edge (never wrap)', () => {
    expect(moveCursor(at(0, 0), { type: 'move', rows: -1, columns: 0 }, 5, 8)).toEqual(at(0, 0));
    expect(moveCursor(at(0, 0), { type: 'move', rows: 0, columns: -1 }, 5, 8)).toEqual(at(0, 0));
    expect(moveCursor(at(4, 7), { type: 'move', rows: 1, columns: 0 }, 5, 8)).toEqual(at(4, 7));
    expect(moveCursor(at(4, 7), { type: 'move', rows: 0, columns: 1 }, 5, 8)).toEqual(at(4, 7));
    expect(moveCursor(at(1, 3), { type: 'move', rows: 1, columns: 0 }, 5, 8)).toEqual(at(2, 3));
  });

  it('Home and End go to the first and last criterion of the row', () => {
    expect(moveCursor(at(3, 4), { type: 'row-start' }, 5, 8)).toEqual(at(3, 0));
    expect(moveCursor(at(3, 4), { type: 'row-end' }, 5, 8)).toEqual(at(3, 7));
  });

  it('Enter: first criterion of the next row; on the last row it stays there', () => {
    expect(moveCursor(at(1, 5), { type: 'next-row' }, 5, 8)).toEqual(at(2, 0));
    expect(moveCursor(at(4, 5), { type: 'next-row' }, 5, 8)).toEqual(at(4, 0));
  });

  it('Shift+Enter: first criterion of the previous row; on the first row it stays there', () => {
    expect(moveCursor(at(2, 5), { type: 'previous-row' }, 5, 8)).toEqual(at(1, 0));
    expect(moveCursor(at(0, 5), { type: 'previous-row' }, 5, 8)).toEqual(at(0, 0));
  });

  it('with stops (team rows), Enter jumps over the members to the next team', () => {
    // Rows: 0 team A, 1-3 its members, 4 team B, 5-6 its members, 7 team C.
    const stops = [0, 4, 7];
    expect(moveCursor(at(0, 3), { type: 'next-row' }, 8, 6, stops)).toEqual(at(4, 0));
    expect(moveCursor(at(2, 3), { type: 'next-row' }, 8, 6, stops)).toEqual(at(4, 0)); // from a member row too
    expect(moveCursor(at(4, 3), { type: 'next-row' }, 8, 6, stops)).toEqual(at(7, 0));
    expect(moveCursor(at(7, 3), { type: 'next-row' }, 8, 6, stops)).toEqual(at(7, 0)); // last team: stays
    expect(moveCursor(at(5, 3), { type: 'previous-row' }, 8, 6, stops)).toEqual(at(4, 0));
    expect(moveCursor(at(4, 3), { type: 'previous-row' }, 8, 6, stops)).toEqual(at(0, 0));
    expect(moveCursor(at(0, 3), { type: 'previous-row' }, 8, 6, stops)).toEqual(at(0, 0));
  });

  it('actions that do not move leave the cursor', () => {
    for (const action of [{ type: 'clear' }, { type: 'edit-comment' }, { type: 'follow-team' }, { type: 'insert-comment', index: 0 }] as ClassroomAction[]) {
      expect(moveCursor(at(2, 3), action, 5, 8)).toEqual(at(2, 3));
    }
  });
});

describe('the effort target: one student, 8 criteria = 8 digits and Enter', () => {
  /** Presses the keys in order on a grid, as the classroom screen does; returns the levels set and where the cursor ends. */
  function press(keys: readonly KeyPress[], levelCount: number, rows: number, columns: number, start: GridPosition) {
    const scored = new Map<string, number>();
    let position = start;
    for (const k of keys) {
      const action = classroomAction(k, levelCount);
      if (action == null) continue;
      if (action.type === 'level') scored.set(`${position.row},${position.column}`, action.index);
      position = moveCursor(position, action, rows, columns);
    }
    return { scored, position };
  }

  it('"1"…"8" and Enter on an 8-criterion, 8-level grid: 8 different columns of one row, then column 0 of the next row', () => {
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', 'Enter'].map((k) => key(k));
    const { scored, position } = press(keys, 8, 30, 8, { row: 3, column: 0 });
    expect([...scored]).toEqual([
      ['3,0', 0],
      ['3,1', 1],
      ['3,2', 2],
      ['3,3', 3],
      ['3,4', 4],
      ['3,5', 5],
      ['3,6', 6],
      ['3,7', 7],
    ]);
    expect(position).toEqual({ row: 4, column: 0 });
  });

  it('holds for every one of the 4^8 ways to score a D-C-B-A rubric with 8 criteria', () => {
    // Checked without expect() inside the loop (65 536 runs); the failures are listed at the end.
    const failures: string[] = [];
    for (let code = 0; code < 4 ** 8; code++) {
      const digits = Array.from({ length: 8 }, (_, index) => Math.floor(code / 4 ** index) % 4);
      const keys = [...digits.map((digit) => key(String(digit + 1))), key('Enter')];
      const { scored, position } = press(keys, 4, 30, 8, { row: 3, column: 0 });
      const right = scored.size === 8 && digits.every((digit, column) => scored.get(`3,${column}`) === digit) && position.row === 4 && position.column === 0;
      if (!right) failures.push(digits.map((digit) => digit + 1).join(''));
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
