// Configuration of `cem analyze` (npm run manifest): custom-elements.json from the JSDoc in src/
// (@fires, @slot, @csspart, @cssprop and the property comments).

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litInternalState(), namedEventsOnly(), publicMembersOnly()],
};
