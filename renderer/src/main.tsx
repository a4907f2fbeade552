import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import './styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { startBackgroundTasks } from './app/startup';
import { platform } from './platform';

initI18n();
const root = createRoot(document.getElementById('root')!);

function launch(target: Root): void {
  startBackgroundTasks();
  target.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/*
 * The desktop app checks the stored database before anything opens it (a pending upgrade is
 * backed up first; an empty database with backups gets the restore offer). The browser has no
 * backup folder and starts straight away, without loading the backup code.
 */
const backups = platform.autoBackups;
if (backups) {
  void import('./features/backup/startup')
    .then(async ({ checkDatabaseAtStartup, RestoreOffer }) => {
      const decision = await checkDatabaseAtStartup(backups);
      if (decision.kind === 'offer-restore') {
        root.render(
          <StrictMode>
            <RestoreOffer backups={backups} newest={decision.newest} onDone={() => launch(root)} />
          </StrictMode>,
        );
      } else launch(root);
    })
    .catch((error: unknown) => {
      console.error('Controle van de database bij het starten mislukt', error);
      launch(root);
    });
} else launch(root);
