import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { startBackgroundTasks } from './app/startup';

initI18n();
startBackgroundTasks();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
