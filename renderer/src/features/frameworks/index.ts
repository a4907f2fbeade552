export { FrameworksPage } from './FrameworksPage';
export { FrameworkPage } from './FrameworkPage';
export { LinkNodesDialog } from './components/LinkNodesDialog';
export { useActiveFrameworkNodes } from './use-frameworks';
