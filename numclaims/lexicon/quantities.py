"""Classes of counted people, for deciding which figures count the same thing.  Data only.

Each line: a class, a colon, then the head nouns that belong to it.  A head
noun not listed keeps its own name as its class ("doctors" stay "doctors").
"""

_CLASSES = """
people: people persons person individuals lives victims dead bodies casualties souls residents
  inhabitants population citizens villagers locals
civilians: civilians civilian noncombatants non-combatants
children: children child kids boys girls minors infants babies
women: women woman
soldiers: soldiers soldier troops troop servicemen servicemembers personnel marines
  conscripts guards army
police: police policemen policeman officers officer
fighters: fighters fighter rebels rebel militants militant insurgents insurgent jihadists jihadist
  combatants combatant gunmen gunman militiamen militia terrorists terrorist extremists
refugees: refugees refugee migrants migrant displaced evacuees idps asylum-seekers seekers returnees
detainees: detainees detainee prisoners prisoner hostages hostage captives captive inmates
journalists: journalists journalist reporters
aid workers: workers worker volunteers medics staff
"""


def _table(block: str) -> dict[str, str]:
    table = {}
    name = None
    for line in block.strip().splitlines():
        if ":" in line:
            name, _, line = line.partition(":")
            name = name.strip()
        for word in line.split():
            table.setdefault(word, name)
    return table


SUBJECT_CLASSES: dict[str, str] = _table(_CLASSES)
