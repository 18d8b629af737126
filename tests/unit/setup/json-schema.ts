// A small JSON Schema (draft 2020-12) checker for the published schemas: no schema library is installed.
// It covers the keywords Pathlight's schemas use and throws on any other, so a schema cannot quietly
// rely on one it does not check.
type Schema = Record<string, unknown> | boolean;

const KNOWN = new Set(
  '$schema $id $defs $ref title description examples default format type required properties items enum const pattern minLength minimum maximum minItems maxItems anyOf allOf if then not additionalProperties'.split(
    ' ',
  ),
);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
}

/** `valid(value)`: whether `value` passes `root`. */
export function schemaChecker(root: Record<string, unknown>): (value: unknown) => boolean {
  const valid = (value: unknown, node: Schema): boolean => {
    if (node === true) return true;
    if (node === false) return false;
    for (const key of Object.keys(node)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key}`);
    if (node.$ref) {
      const target = (node.$ref as string)
        .slice(2)
        .split('/')
        .reduce<Record<string, unknown>>((at, part) => at[part] as Record<string, unknown>, root);
      if (!valid(value, target)) return false;
    }
    if (node.type) {
      const types = ([] as string[]).concat(node.type as string);
      const actual = typeOf(value);
      if (!types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) return false;
    }
    if ('const' in node && value !== node.const) return false;
    if (node.enum && !(node.enum as unknown[]).includes(value)) return false;
    if (typeof value === 'string') {
      if (node.pattern && !new RegExp(node.pattern as string, 'u').test(value)) return false;
      if (node.minLength !== undefined && value.length < (node.minLength as number)) return false;
    }
    if (typeof value === 'number') {
      if (node.minimum !== undefined && value < (node.minimum as number)) return false;
      if (node.maximum !== undefined && value > (node.maximum as number)) return false;
    }
    if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>;
      if (node.required && !(node.required as string[]).every((key) => key in object)) return false;
      const properties = (node.properties ?? {}) as Record<string, Schema>;
      for (const [key, child] of Object.entries(object)) {
        const rule = properties[key] ?? (node.additionalProperties as Schema | undefined);
        if (rule !== undefined && !valid(child, rule)) return false;
      }
    }
    if (Array.isArray(value)) {
      if (node.minItems !== undefined && value.length < (node.minItems as number)) return false;
      if (node.maxItems !== undefined && value.length > (node.maxItems as number)) return false;
      if (node.items && !value.every((item) => valid(item, node.items as Schema))) return false;
    }
    if (node.anyOf && !(node.anyOf as Schema[]).some((s) => valid(value, s))) return false;
    if (node.allOf && !(node.allOf as Schema[]).every((s) => valid(value, s))) return false;
    if (
      node.if !== undefined &&
      valid(value, node.if as Schema) &&
      node.then !== undefined &&
      !valid(value, node.then as Schema)
    )
      return false;
    if (node.not !== undefined && valid(value, node.not as Schema)) return false;
    return true;
  };
  return (value) => valid(value, root);
}
