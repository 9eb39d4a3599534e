/**
 * The few rules README text needs in the report, for reportStyle: the
 * question set off as a quote, and temml's class for a cases block's
 * left-aligned columns (MathML Core centres table cells). No font: the
 * browser lays MathML out with the system's own math font.
 */
export const readmeStyle = `
blockquote.question { margin: .6rem 0; padding: .1rem 1rem; border-left: 3px solid #ddd; color: #333; }
details.hints, details.follow-ups { margin: .8rem 0; } details > summary { cursor: pointer; font-weight: 600; }
details.hints h3, details.follow-ups h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
mtd.tml-left { text-align: left; }
`;
