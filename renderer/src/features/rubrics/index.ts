export { RubricsPage } from './RubricsPage';
export { RubricPage } from './RubricPage';
