/** The example file shown in the help text: data, not UI text, so the same in both languages. */
export const EXAMPLE_CSV = [
  'enhed;overordnet enhed;navn;e-mail;leders e-mail;roller',
  'Direktionen;;Mette Kjær;mette.kjaer@kommune.dk;;chef leder',
  'Ældreplejen;Direktionen;Lars Holm Nielsen;lars.nielsen@kommune.dk;mette.kjaer@kommune.dk;leder',
  'Ældreplejen;;Bente Sørensen;bente.soerensen@kommune.dk;lars.nielsen@kommune.dk;',
  'Sekretariatet;Direktionen;Camilla Thorsen;camilla.thorsen@kommune.dk;mette.kjaer@kommune.dk;hr admin',
].join('\n');

/** The columns in file order: the Danish header and its help key. */
export const COLUMNS = [
  { header: 'enhed', help: 'unit' },
  { header: 'overordnet enhed', help: 'parentUnit' },
  { header: 'navn', help: 'name' },
  { header: 'e-mail', help: 'email' },
  { header: 'leders e-mail', help: 'managerEmail' },
  { header: 'roller', help: 'roles' },
] as const;
