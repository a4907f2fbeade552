export { CommandPalette } from './CommandPalette';
export { useCommandPalette } from './store';
