import '@testing-library/jest-dom/vitest';
import '../../src/lib/workbench.ts';
