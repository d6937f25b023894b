import { parse } from "./index";

test("rejects an empty document", () => {
  // LN-CORE-1001
  expect(() => parse("")).toThrow();
});
