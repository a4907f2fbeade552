export { GrowthPage } from './GrowthPage';
