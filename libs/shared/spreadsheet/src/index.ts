export * from './lib/spreadsheet';
export * from './lib/uploaded-sheet';
