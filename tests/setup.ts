// Shared test setup. Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
import { configure } from '@testing-library/dom';

// Whole-app component tests parse the sample data before the first heading appears; on a shared two-core
// machine that can take longer than Testing Library's default of one second to appear.
configure({ asyncUtilTimeout: 5000 });
