// LN-CORE-1001
export function parse(text: string): string[] {
  if (text === "") {
    throw new Error("empty");
  }
  return text.split("\n");
}
