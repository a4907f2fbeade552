/**
 * The keyboard of the classroom screen, as a pure mapping from a key press to what it does, so
 * the effort target (one student, 8 criteria: 8 digits and Enter) is a property of this table:
 * a digit sets the level and moves on to the next criterion; Enter goes to the next student.
 */
export type ClassroomAction =
  | { type: 'level'; index: number }
  | { type: 'clear' }
  | { type: 'move'; rows: number; columns: number }
  | { type: 'row-start' }
  | { type: 'row-end' }
  | { type: 'next-row' }
  | { type: 'previous-row' }
  | { type: 'insert-comment'; index: number }
  | { type: 'edit-comment' }
  | { type: 'follow-team' };

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** KeyboardEvent.code: "Digit1" also when Alt changes the character (macOS). */
  code?: string;
}

function digitOf(press: KeyPress): number | null {
  if (/^\d$/.test(press.key)) return Number(press.key);
  // The physical key of the top row: with Alt, macOS turns Digit3 into another character, and on
  // AZERTY the row gives &, é, " without Shift. Not the numpad: without NumLock its keys are
  // navigation keys (End, ↓), and with NumLock they send digits anyway.
  const fromCode = /^Digit(\d)$/.exec(press.code ?? '');
  return fromCode ? Number(fromCode[1]) : null;
}

/**
 * What a key press does in a cell of the grid, given how many levels the rubric has. Digits 1…n
 * pick a level (1 = the lowest); 0, Backspace and Delete clear it; Alt+digit inserts the n-th
 * suggested comment; "o" (opmerking) or F2 opens the comment; "t" puts a member back on the
 * team's level. Returns null for keys the grid leaves alone (Tab, shortcuts with Ctrl).
 */
export function classroomAction(press: KeyPress, levelCount: number): ClassroomAction | null {
  if (press.ctrlKey || press.metaKey) return null;
  const digit = digitOf(press);
  if (press.altKey) return digit != null && digit >= 1 ? { type: 'insert-comment', index: digit - 1 } : null;
  if (digit != null) {
    if (digit === 0) return { type: 'clear' };
    return digit <= levelCount ? { type: 'level', index: digit - 1 } : null;
  }
  switch (press.key) {
    case 'Backspace':
    case 'Delete':
      return { type: 'clear' };
    case 'ArrowRight':
      return { type: 'move', rows: 0, columns: 1 };
    case 'ArrowLeft':
      return { type: 'move', rows: 0, columns: -1 };
    case 'ArrowDown':
      return { type: 'move', rows: 1, columns: 0 };
    case 'ArrowUp':
      return { type: 'move', rows: -1, columns: 0 };
    case 'Home':
      return { type: 'row-start' };
    case 'End':
      return { type: 'row-end' };
    case 'Enter':
      return press.shiftKey ? { type: 'previous-row' } : { type: 'next-row' };
    case 'F2':
    case 'o':
    case 'O':
      return { type: 'edit-comment' };
    case 't':
    case 'T':
      return { type: 'follow-team' };
    default:
      return null;
  }
}

export interface GridPosition {
  row: number;
  column: number;
}

/**
 * Where the cursor goes after an action, in a grid of `rows` × `columns` (clamped, never wraps).
 * `stops` are the rows Enter goes to (ascending): when scoring teams, the team rows, so Enter
 * after a team's levels goes to the next team, not into the members it just filled.
 */
export function moveCursor(position: GridPosition, action: ClassroomAction, rows: number, columns: number, stops?: readonly number[]): GridPosition {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
  switch (action.type) {
    case 'level':
      // Next criterion; on the last one the cursor stays, and Enter goes on to the next student.
      return { row: position.row, column: clamp(position.column + 1, columns) };
    case 'move':
      return { row: clamp(position.row + action.rows, rows), column: clamp(position.column + action.columns, columns) };
    case 'row-start':
      return { ...position, column: 0 };
    case 'row-end':
      return { ...position, column: columns - 1 };
    case 'next-row': {
      const next = stops ? stops.find((row) => row > position.row) : position.row + 1;
      return { row: clamp(next ?? position.row, rows), column: 0 };
    }
    case 'previous-row': {
      const previous = stops ? [...stops].reverse().find((row) => row < position.row) : position.row - 1;
      return { row: clamp(previous ?? position.row, rows), column: 0 };
    }
    default:
      return position;
  }
}
