// Work written as a generator that yields between small steps, so a page can spread it over frames (inSlices), or
// run it to the end in one go where nothing waits for a frame: the command line, tests, or a first use before it
// was prepared (runToEnd).
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A stepper: each call works for up to `budgetMs` and says whether there is more to do. */
export type Stepper = (budgetMs: number) => boolean;

export function inSlices(steps: Generator<void, void>): Stepper {
  return (budgetMs) => {
    const started = performance.now();
    while (performance.now() - started < budgetMs) if (steps.next().done) return false;
    return true;
  };
}
