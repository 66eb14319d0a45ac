// Work written as a generator that yields between small steps (so a page can spread it over frames) is run to the
// end in one go where nothing waits for a frame: the command line, tests, or a first use before it was prepared.
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
