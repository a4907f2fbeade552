import { createStore } from '../../state';

interface CommandPaletteState {
  isOpen: boolean;
  open(): void;
  close(): void;
}

export const useCommandPalette = createStore<CommandPaletteState>((set) => ({
  isOpen: false,
  open: () => set({ isOpen: true }),
  close: () => set({ isOpen: false }),
}));
