/** Opdrachtgevers and opdrachten (issue 4): pure functions over the types in shared/domain/opdracht(gever).ts. */
export * from './copy';
export * from './coverage';
export * from './dates';
export * from './history';
export * from './opdrachtgever';
export * from './opdrachtgever-csv';
export * from './phases';
export * from './problems';
export * from './reschedule';
export * from './teams';
export * from './year-plan';
