/** What main.tsx loads before the desktop app opens its database (a separate chunk). */
export { checkDatabaseAtStartup } from './startup-check';
export { RestoreOffer } from './RestoreOffer';
