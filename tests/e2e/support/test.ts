import { test as base, expect } from '@playwright/test';
import { ImportWizard, StudentsScreen, VakwerkApp } from './app';
import { FrameworkScreen, FrameworksScreen } from './frameworks';
import { ClientsScreen, OpdrachtEditor, OpdrachtenScreen, YearPlanScreen } from './opdrachten';
import { RubricEditor, RubricsScreen } from './rubrics';

/**
 * The test function of every spec: a fresh browser context (so an empty IndexedDB and empty
 * localStorage) with page objects, and a guard that fails a test when the page throws an
 * uncaught error, even if everything on screen looked right.
 */
interface Fixtures {
  app: VakwerkApp;
  students: StudentsScreen;
  wizard: ImportWizard;
  frameworks: FrameworksScreen;
  framework: FrameworkScreen;
  rubrics: RubricsScreen;
  editor: RubricEditor;
  clients: ClientsScreen;
  opdrachten: OpdrachtenScreen;
  opdracht: OpdrachtEditor;
  yearPlan: YearPlanScreen;
  failOnPageErrors: void;
}

export const test = base.extend<Fixtures>({
  failOnPageErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.stack || `${error.name}: ${error.message}` || String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await use();
      // console.error is how the app logs handled failures: useful when diagnosing, not fatal.
      if (consoleErrors.length > 0) {
        await testInfo.attach('console-errors.txt', { body: consoleErrors.join('\n\n'), contentType: 'text/plain' });
      }
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => use(new VakwerkApp(page)),
  students: async ({ page }, use) => use(new StudentsScreen(page)),
  wizard: async ({ page }, use) => use(new ImportWizard(page)),
  frameworks: async ({ page }, use) => use(new FrameworksScreen(page)),
  framework: async ({ page }, use) => use(new FrameworkScreen(page)),
  rubrics: async ({ page }, use) => use(new RubricsScreen(page)),
  editor: async ({ page }, use) => use(new RubricEditor(page)),
  clients: async ({ page }, use) => use(new ClientsScreen(page)),
  opdrachten: async ({ page }, use) => use(new OpdrachtenScreen(page)),
  opdracht: async ({ page }, use) => use(new OpdrachtEditor(page)),
  yearPlan: async ({ page }, use) => use(new YearPlanScreen(page)),
});

export { expect };
