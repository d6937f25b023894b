import { Button } from "../button";

// LN-UI-1001
test("starts idle", () => expect(new Button().busy).toBe(false));
