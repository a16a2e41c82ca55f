export function registerDev(_program: import("commander").Command): void {}
