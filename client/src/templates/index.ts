// Template logic kept apart from the `vscode` API, so that it is unit-tested in Node.
export * from './snippet';
export * from './variables';
export * from './catalog';
export * from './naming';
export * from './log';
