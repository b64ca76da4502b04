// Configuration of `cem analyze` (npm run manifest): custom-elements.json from the JSDoc in src/
// (@fires, @slot, @csspart, @cssprop and the property comments).
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Lit's `static properties` entries with `state: true` are internal reactive state, not attributes, but the
 * analyzer's Lit plugin (0.11) lists them as attributes. Drop those attributes and mark the fields private.
 */
function litInternalState() {
  const stateFields = new Map(); // class name → Set of field names
  return {
    name: 'event-timeline:lit-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const state = prop.initializer.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'state' &&
              p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!state) continue;
          const fields = stateFields.get(node.name.text) ?? new Set();
          fields.add(prop.name.getText());
          stateFields.set(node.name.text, fields);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        const fields = stateFields.get(decl.name);
        if (!fields) continue;
        decl.attributes = decl.attributes?.filter((a) => !fields.has(a.fieldName ?? a.name));
        for (const member of decl.members ?? []) {
          if (!fields.has(member.name)) continue;
          delete member.attribute;
          member.privacy = 'private';
        }
      }
    },
  };
}

/**
 * `this.dispatchEvent(new TimelineLoadEvent(…))` is also picked up as an event with a type but no name; the named
 * entries come from the `@fires` tags. Keep only named events.
 */
function namedEventsOnly() {
  return {
    name: 'event-timeline:named-events-only',
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
      }
    },
  };
}

/** Private and protected members are not API: keep them out of the manifest and of Storybook's docs tables. */
function publicMembersOnly() {
  return {
    name: 'event-timeline:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members)
            decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
        }
      }
    },
  };
}

/**
 * The manifest is published, and src/ is not: every module path and module reference names the built file that
 * ships (`src/timeline.ts` → `dist/timeline.js`, with `dist/timeline.d.ts` beside it). The analyzer writes
 * references in several forms (`src/x.ts`, `src/x.js`, `/src/x.js`, `./x.js` relative to the module): all become
 * `dist/x.js`. After a build (`npm run build` runs the analyzer last), modules the build emitted no file for
 * (type-only ones) are left out, with the exports that point at them; `scripts/check-pack.mjs` checks every path.
 */
function distPaths() {
  const toDist = (from, spec) => {
    let path = spec.startsWith('./') || spec.startsWith('../') ? posix.join(posix.dirname(from), spec) : spec;
    path = path.replace(/^\//, '');
    return path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  const rewrite = (node, from) => {
    if (Array.isArray(node)) for (const item of node) rewrite(item, from);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'module' && typeof value === 'string' && !node.package) node.module = toDist(from, value);
        else rewrite(value, from);
      }
    }
  };
  return {
    name: 'event-timeline:dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const mod of modules) {
        const from = mod.path;
        rewrite(mod.declarations, from);
        rewrite(mod.exports, from);
        mod.path = toDist(from, from);
      }
      if (!existsSync('dist/index.js')) return;
      const shipped = new Set(modules.map((m) => m.path).filter((path) => existsSync(path)));
      customElementsManifest.modules = modules.filter((m) => shipped.has(m.path));
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => !e.declaration?.module || shipped.has(e.declaration.module));
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litInternalState(), namedEventsOnly(), publicMembersOnly(), distPaths()],
};
