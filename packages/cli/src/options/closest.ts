// One home for "did you mean": core's, which the CSV reader uses too.
export { closest } from '@chokepoint/core';
