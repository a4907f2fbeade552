export { OpdrachtenPage } from './OpdrachtenPage';
export { OpdrachtPage } from './OpdrachtPage';
export { YearPlanPage } from './YearPlanPage';
