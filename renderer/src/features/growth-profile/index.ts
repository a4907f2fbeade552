export { printGrowthProfile, growthProfileLabels, type PrintGrowthProfileContext } from './print-growth-profile';
export { loadGrowthProfile } from './load-growth-profile';
