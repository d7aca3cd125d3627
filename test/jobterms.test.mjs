// Job-description tailoring (server/src/engine/jobterms.ts): key terms of a
// description, their weights, matching a resume, stuffing; and the bundled
// example pair (examples/job-description.md, examples/resume.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assertGrowsLinearly, engine } from './helpers.mjs';

const { compareJob, extractJobTerms, sectionWeight } = engine;
const example = (name) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
const termsOf = (jd) => extractJobTerms(jd).map((t) => t.term);
const weightOf = (jd, term) => extractJobTerms(jd).find((t) => t.term === term)?.weight;

describe('extractJobTerms', () => {
  it('finds phrases, not only words: PM terms, tools and certifications', () => {
    const terms = termsOf('# Project Manager\n\n## Requirements\n\n- Stakeholder management and change management\n- A RAID log, kept weekly\n- PRINCE2, Jira and ServiceNow\n');
    for (const term of ['stakeholder management', 'change management', 'RAID log', 'PRINCE2', 'Jira', 'ServiceNow', 'project manager']) assert.ok(terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
  });

  it('keeps a phrase the description repeats even when no lexicon knows it', () => {
    const terms = termsOf('## The role\n\nYou will own the warehouse robotics rollout.\n\n## Requirements\n\n- Experience of warehouse robotics\n');
    assert.ok(terms.includes('warehouse robotics'), JSON.stringify(terms));
    assert.ok(!termsOf('## The role\n\nYou will own the warehouse robotics rollout.\n').includes('warehouse robotics'), 'said once, it is not a key term');
  });

  // Regression: a phrase ending in a generic word ("systems") was dropped, so a retail PM scored 100 against a clinical-systems role.
  it('keeps a repeated domain phrase that ends in a generic word, not one that opens with one', () => {
    const jd = '# IT Project Manager\n\n## Requirements\n\n- Experience delivering clinical systems\n- Lead clinical systems upgrades\n- Clinical systems training for wards\n- Strong systems knowledge, strong systems thinking\n';
    const terms = termsOf(jd);
    assert.ok(terms.includes('clinical systems'), JSON.stringify(terms));
    assert.ok(!terms.some((t) => /^strong/i.test(t)), JSON.stringify(terms));
    const resume = '---\nimpact-lint: resume\n---\n\n# Sam\n\n## Summary\n\nProject manager.\n\n## Experience\n\n- Led 3 retail point-of-sale rollouts across 40 stores\n';
    assert.ok(compareJob(jd, resume).missing.some((t) => t.term === 'clinical systems'), JSON.stringify(compareJob(jd, resume).missing));
  });

  // Regression: pasted as plain text, the employer's name became a key term and the sections were not seen.
  it('reads a pasted plain-text description: the employer on the line under the title, plain section names', () => {
    const jd = 'IT Project Manager\nAcme Health Partners\n\nAbout us\nAcme Health Partners runs 12 clinics.\n\nRequirements\n- Stakeholder management\n- Budget management\n';
    const terms = termsOf(jd);
    assert.ok(!terms.some((t) => /acme/i.test(t)), JSON.stringify(terms));
    assert.equal(weightOf(jd, 'stakeholder management'), weightOf('# IT Project Manager\n\n## Requirements\n\n- Stakeholder management\n- Budget management\n', 'stakeholder management'));
    const trust = "IT Project Manager\nSt Aldhelm's University Hospitals NHS Trust\n\nAbout the Trust\nSt Aldhelm's University Hospitals is a 900-bed teaching hospital.\n\nMain duties and responsibilities\n- Manage clinical systems projects\n- Report on clinical systems risks\n";
    assert.ok(!termsOf(trust).some((t) => /aldhelm/i.test(t)), JSON.stringify(termsOf(trust)));
  });

  // Regression: the description's own spelling-out of an acronym was not matched, and MSP read as "managed services".
  it('an acronym the description spells out is covered by the words, and means what the description says', () => {
    const resume = (bullet) => `---\nimpact-lint: resume\n---\n\n# Sam\n\n## Experience\n\n- ${bullet}\n`;
    const epr = '# IT Project Manager\n\n## Requirements\n\n- Delivery of an electronic patient record (EPR)\n- EPR go-live experience\n';
    assert.ok(!compareJob(epr, resume('Delivered the electronic patient record to 2,000 clinicians in 9 months')).missing.some((t) => t.term === 'EPR'));
    const pacs = '# PM\n\n## Requirements\n\n- Delivery of the PACS (Picture Archiving and Communication System) replacement\n';
    assert.ok(compareJob(pacs, resume('Replaced the picture archiving and communication system for 3 hospitals')).matched.some((t) => t.term === 'PACS'));
    const msp = '# Programme Manager\n\n## Requirements\n\n- MSP (Managing Successful Programmes) Practitioner\n- Stakeholder management\n';
    assert.ok(termsOf(msp).includes('MSP') && !termsOf(msp).includes('managed services'), JSON.stringify(termsOf(msp)));
    assert.ok(compareJob(msp, resume('Certified in Managing Successful Programmes; ran 3 programmes')).matched.some((t) => t.term === 'MSP'));
    assert.ok(!compareJob(msp, resume('Ran a managed services contract for 40 sites')).matched.some((t) => t.term === 'MSP'));
    // The words still count for a term inside them.
    const erp = '# Project Manager\n\n## Requirements\n\n- Delivered an Enterprise Resource Planning (ERP) system\n- Resource planning across 3 teams\n';
    const matched = compareJob(erp, resume('Delivered an enterprise resource planning system for 4,000 staff')).matched.map((t) => t.term);
    assert.ok(matched.includes('ERP') && matched.includes('resource planning'), JSON.stringify(matched));
  });

  it('keeps capitalised acronyms, but not the ones that are not skills (UK, CEO, IT)', () => {
    const terms = termsOf('## Requirements\n\n- Experience with CMDB and ERP rollouts in the UK, reporting to the CEO of our IT team\n');
    assert.ok(terms.includes('CMDB') && terms.includes('ERP'), JSON.stringify(terms));
    for (const word of ['UK', 'CEO', 'IT']) assert.ok(!terms.includes(word), word);
  });

  it('weighs the title and requirements above responsibilities, and those above "nice to have"', () => {
    assert.equal(sectionWeight('Requirements'), 2);
    assert.equal(sectionWeight("What you'll bring"), 2);
    assert.equal(sectionWeight('About you'), 2);
    assert.equal(sectionWeight('Key responsibilities'), 1.5);
    assert.equal(sectionWeight('About the role'), 1.5);
    assert.equal(sectionWeight('Nice to have'), 1);
    const jd = '# Scrum Master\n\n## Requirements\n\n- Jira\n\n## Responsibilities\n\n- Confluence\n\n## Nice to have\n\n- Smartsheet\n';
    const [scrum, jira, confluence, smartsheet] = ['Scrum', 'Jira', 'Confluence', 'Smartsheet'].map((t) => weightOf(jd, t));
    assert.ok(scrum > jira && jira > confluence && confluence > smartsheet, JSON.stringify({ scrum, jira, confluence, smartsheet }));
  });

  it('weighs by frequency, with diminishing returns', () => {
    const once = weightOf('## Responsibilities\n\n- Budget tracking.\n', 'budget tracking');
    const thrice = weightOf('## Responsibilities\n\n- Budget tracking.\n- Budget tracking again.\n- Budget tracking, monthly.\n', 'budget tracking');
    assert.ok(thrice > once && thrice < 3 * once, `${once} -> ${thrice}`);
  });

  it('ignores boilerplate: About us, benefits, equal-opportunity text, and the employer name', () => {
    const jd = [
      '# IT Project Manager', '', 'Contoso Pharma is hiring.', '',
      '## About Contoso Pharma', '', 'Contoso Pharma runs SAP and Salesforce for 40 labs. Contoso Pharma is growing.', '',
      '## Requirements', '', '- Risk management', '',
      '## Benefits', '', '- Pension, private medical cover and Kanban-free Fridays', '',
      'Contoso Pharma is an equal opportunity employer and welcomes applicants regardless of background. Agile.', '',
    ].join('\n');
    const terms = termsOf(jd);
    for (const term of ['SAP', 'Salesforce', 'Kanban', 'Agile', 'contoso pharma', 'Contoso Pharma', 'pension']) assert.ok(!terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
    assert.ok(terms.includes('risk management'));
  });

  // Regression (a review of varied resumes): a tool that opens a requirement line ("Java, Ansible and Tableau") was no term.
  it('a case-sensitive tool at the start of a line that lists tools is a term; "Go to ..." is not', () => {
    const terms = engine.extractJobTerms('# Developer\n\n## Requirements\n\n- Java, Ansible and Tableau experience\n- Go and Rust\n\n## Benefits\n\n- Go to the gym on us\n- Teams of 6 work in pods\n').map((t) => t.term);
    for (const term of ['Java', 'Ansible', 'Tableau', 'Go', 'Rust']) assert.ok(terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
    assert.ok(!terms.includes('Teams'), JSON.stringify(terms));
    assert.equal(engine.extractJobTerms('# Developer\n\n## Requirements\n\n- Go to the office twice a week\n').some((t) => t.term === 'Go'), false);
    // Regression (verification): a sentence that opens with an ordinary word and a list of other words made the word a tool.
    const prose = engine.extractJobTerms('# PM\n\n## About the role\n\nTeams, Finance and Procurement depend on your weekly status report.\nSpring, Summer and Autumn release windows are fixed.\n').map((t) => t.term);
    assert.ok(!prose.includes('Teams') && !prose.includes('Spring'), JSON.stringify(prose));
  });

  // Regression: a longer phrase the description does not ask for ("cloud migration") hid the term it holds ("migration").
  it('a term inside a longer phrase that is no term of the description still counts', () => {
    const comparison = engine.compareJob('# Infrastructure Engineer\n\n## Requirements\n\n- Experience leading migrations\n- Windows Server\n', '- Led the cloud migration of 40 apps\n', {});
    assert.equal(comparison.terms.find((t) => t.term === 'migrations')?.resumeCount, 1);
  });

  it('never yields generic words such as team, experience or ability', () => {
    const jd = '## Requirements\n\n- Experience working in a team, the ability to work with a team, strong communication skills and experience of delivery\n- Team player with great experience\n';
    assert.deepEqual(termsOf(jd).filter((t) => /^(team|experience|ability|skills?|work|communication)$/i.test(t)), []);
  });

  it('does not crash on an empty, whitespace-only, binary-looking or non-English description', () => {
    for (const jd of ['', '  \n\n', '\u0000\u0001\u0002', 'Wir suchen eine Projektleitung (m/w/d) für die Einführung von SAP in München.', '我们正在招聘一名IT项目经理，负责干系人管理。']) {
      assert.ok(Array.isArray(extractJobTerms(jd)));
      const comparison = compareJob(jd, '- Led 3 teams');
      assert.ok(comparison.percent >= 0 && comparison.percent <= 100);
    }
  });

  it('a huge description is read in linear time', () => {
    const block = '## Requirements\n\n- Stakeholder management, risk management and a RAID log in Jira for warehouse robotics\n\n## About us\n\nWe are an equal opportunity employer.\n\n';
    const small = block.repeat(1000);
    const large = block.repeat(8000);
    // 8x the text: linear is 8x, quadratic 64x.
    assertGrowsLinearly('compareJob, 1,000 -> 8,000 blocks', () => compareJob(small, '- Led stakeholder management for 3 teams'), () => compareJob(large, '- Led stakeholder management for 3 teams'), { bound: 24, runs: 1, floorMs: 24 });
  });
});

const fixture = (name) => readFileSync(new URL(`./fixtures/jobs/${name}`, import.meta.url), 'utf8');
const crlf = (text) => text.replace(/\n/g, '\r\n');
const shape = (jd) => extractJobTerms(jd).map((t) => `${t.term} ${t.weight} ${t.jdCount}`);

describe('extractJobTerms: Windows line endings and a byte order mark', () => {
  it('CRLF and a BOM give the same terms and weights as LF', () => {
    const jd = '# Scrum Master\r\n\r\n## Requirements\r\n\r\n- Jira and Confluence\r\n\r\n**Benefits**\r\n\r\n- Contoso Pharma pension\r\n';
    assert.equal(weightOf(jd, 'Jira'), 2, 'the requirements heading still weighs');
    for (const text of [example('job-description.md'), fixture('devops-lead.md'), fixture('scrum-master.md'), fixture('it-service-manager.md')]) {
      const lf = shape(text);
      assert.deepEqual(shape(crlf(text)), lf);
      assert.deepEqual(shape(`\uFEFF${crlf(text)}`), lf);
      assert.deepEqual(shape(`\uFEFF${text}`), lf);
    }
    const withFrontMatter = '---\r\ntitle: Scrum Master\r\n---\r\n## Requirements\r\n\r\n- Jira\r\n';
    assert.deepEqual(shape(`\uFEFF${withFrontMatter}`), shape(withFrontMatter.replace(/\r/g, '')));
  });

  it('the coverage percentage is the same for a Windows-saved description and resume', () => {
    const jd = fixture('devops-lead.md');
    const resume = '- Ran Kubernetes (EKS) on AWS with Terraform for 40 services\n- Cut deploy time 60% with GitHub Actions\n';
    assert.equal(compareJob(crlf(jd), crlf(resume)).percent, compareJob(jd, resume).percent);
  });
});

describe('extractJobTerms: three realistic descriptions (test/fixtures/jobs)', () => {
  // What a person reading each description would list as its key terms, and what no one would.
  const cases = {
    'devops-lead.md': {
      top: ['DevOps', 'AWS', 'Kubernetes', 'EKS', 'Terraform', 'Helm', 'PCI DSS'],
      also: ['Docker', 'Prometheus', 'Grafana', 'Datadog', 'Python', 'CI/CD', 'GitHub Actions', 'ISO 27001', 'incident response', 'AZ-104', 'EKS', 'Azure', 'ArgoCD'],
      junk: ['PCI', 'DSS', 'AZ', 'ISO', 'IR35', 'contract', 'executive', 'fabrikam health', 'Fabrikam Health', 'fabrikam', 'health'],
    },
    'it-service-manager.md': {
      top: ['ITIL 4', 'IT service management', 'ServiceNow', 'ISO 20000'],
      also: ['change advisory board', 'ISO 9001', 'ISO 27001', 'CMDB', 'service desk', 'SLAs', 'Power BI', 'SIAM', 'supplier management'],
      junk: ['ISO', 'executive', 'northwind logistics', 'Northwind Logistics', 'UK', 'EU', 'hybrid working', 'pension'],
    },
    'scrum-master.md': {
      top: ['Scrum', 'SAFe', 'PI Planning', 'PSM II', 'Jira', 'Confluence'],
      also: ['Kanban', 'Agile', 'retrospectives', 'PCI DSS', 'cross-functional teams'],
      junk: ['II', 'PI', 'planning', 'PCI', 'DSS', 'contoso bank', 'Contoso Bank', 'bonus', 'salary'],
    },
  };
  for (const [name, { top, also, junk }] of Object.entries(cases)) {
    it(`${name}: the top terms are the ones a person would list, and no junk`, () => {
      const terms = termsOf(fixture(name));
      assert.deepEqual(new Set(terms.slice(0, top.length)), new Set(top), JSON.stringify(terms));
      for (const term of also) assert.ok(terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
      for (const term of junk) assert.ok(!terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
      for (const term of terms) assert.doesNotMatch(term, /^(?:[IVX]+|\d+)$/, 'no bare numerals');
    });
  }

  it('a standard keeps its number: ISO 27001 does not cover ISO 20000, and an unknown one ("ISO 22301") is one term', () => {
    const jd = '## Requirements\n\n- ISO 20000 and ISO 22301 experience\n- NIST 800-53 controls\n';
    assert.deepEqual(termsOf(jd).sort(), ['ISO 20000', 'ISO 22301', 'NIST 800-53'].sort());
    const comparison = compareJob(jd, '- Led the ISO 27001 audit for 3 sites\n');
    assert.deepEqual(comparison.matched.map((t) => t.term), []);
    assert.deepEqual(compareJob(jd, '- Certified 2 sites to ISO 22301 and ISO/IEC 20000 in 9 months\n').missing.map((t) => t.term), ['NIST 800-53']);
  });

  it('Roman numerals and exam codes: "PSM II", "AZ-104", "SC-200" and "Level III" yield no "II", "AZ" or "III"', () => {
    const terms = termsOf('## Requirements\n\n- PSM II or CSM\n- AZ-104 and SC-200\n- ITIL 4 Foundation\n- Level III support in Q1 2025\n');
    for (const junk of ['II', 'III', 'AZ', 'SC', 'Q1 2025', 'Q1']) assert.ok(!terms.includes(junk), `${junk} in ${JSON.stringify(terms)}`);
    for (const term of ['AZ-104', 'SC-200', 'ITIL 4']) assert.ok(terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
    assert.equal(compareJob('## Requirements\n\n- AZ-104\n', '- Passed AZ-104 in 2023\n').percent, 100);
  });

  it('the employer named in the intro, an "About" line or the title is not a skill, whatever words it holds', () => {
    for (const jd of [
      'Northwind Cloud is hiring a project manager.\n\n## Requirements\n\n- Northwind Cloud experience is a plus\n- Risk management\n',
      'About Northwind Cloud: we build logistics software.\n\n## Requirements\n\n- Risk management at Northwind Cloud\n',
      '# Project Manager at Northwind Cloud\n\n## Requirements\n\n- Risk management for Northwind Cloud\n',
    ]) {
      const terms = termsOf(jd);
      assert.ok(terms.includes('risk management'), jd);
      assert.deepEqual(terms.filter((t) => /cloud|northwind/i.test(t)), [], `${jd}: ${JSON.stringify(terms)}`);
    }
    assert.ok(termsOf('About the role\n\nYou will run cloud migrations.\n').includes('cloud migrations'), '"About the role" names no employer');
  });
});

describe('extractJobTerms: descriptions not in English', () => {
  it('Japanese: Latin-script terms inside a run of kana and kanji are found', () => {
    const jd = ['# インフラエンジニア（DevOps）', '', '## 業務内容', '', '- AWSとKubernetesを使ったインフラの設計・構築・運用', '- TerraformによるIaCの推進', '- GitHub ActionsでCI/CDパイプラインを整備', '', '## 必須スキル', '', '- AWSでの3年以上の実務経験', '- Kubernetes、Dockerの運用経験', '- Linuxサーバーの構築経験', ''].join('\n');
    const terms = termsOf(jd);
    for (const term of ['AWS', 'Kubernetes', 'Terraform', 'GitHub Actions', 'CI/CD', 'Docker', 'Linux', 'DevOps']) assert.ok(terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
    assert.ok(weightOf(jd, 'AWS') > weightOf(jd, 'Terraform'), '必須 (required) weighs more than 業務内容 (duties)');
    assert.deepEqual(compareJob(jd, '- AWSでKubernetesクラスタを運用し、コストを30%削減').matched.map((t) => t.term).sort(), ['AWS', 'Kubernetes']);
    assert.ok(termsOf('我们需要熟悉AWS和Kubernetes的工程师，负责干系人管理。').includes('Kubernetes'), 'Chinese too');
  });

  it('German: capitalised nouns that are also tool names ("eines Teams", "Ihren Chef") are not tools; "Microsoft Teams" still is', () => {
    const jd = '# Projektleiter IT (m/w/d)\n\n## Ihre Aufgaben\n\n- Sie übernehmen die Leitung eines Teams von 6 Entwicklern\n- Einführung von SAP und Jira in der Abteilung\n- Berichten an Ihren Chef und an den Lenkungsausschuss\n\n## Ihr Profil\n\n- Erfahrung mit Scrum und Kanban\n- Sehr gute Kenntnisse in Microsoft Teams und Confluence\n';
    const terms = termsOf(jd);
    for (const term of ['Jira', 'Scrum', 'Kanban', 'Microsoft Teams', 'Confluence', 'SAP']) assert.ok(terms.includes(term), `${term} in ${JSON.stringify(terms)}`);
    for (const junk of ['Teams', 'Chef']) assert.ok(!terms.includes(junk), `${junk} in ${JSON.stringify(terms)}`);
    const noTeams = compareJob('## Requirements\n\n- Microsoft Teams\n', '- Leitung eines Teams von 6 Entwicklern und Einführung der Plattform\n');
    assert.equal(noTeams.percent, 0, 'a German resume\'s "eines Teams" does not cover Microsoft Teams');
    assert.ok(termsOf('## Requirements\n\n- Working across teams with Slack, Chef and Teams\n').includes('Chef'), 'in English text Chef is still the tool');
  });
});

describe('compareJob', () => {
  const JD = '# IT Project Manager\n\n## Requirements\n\n- Project management of cloud migrations\n- CI/CD pipelines and stakeholder engagement\n- Change Advisory Board (CAB) experience\n- Prioritisation of the backlog\n';

  it('matches synonyms, abbreviations, plurals, case, hyphens and spelling', () => {
    const resume = '- PM for 2 cloud-migration projects\n- Built continuous integration for 4 services\n- Chaired the CAB weekly; managed stakeholders\n- Prioritization of 3 backlogs\n';
    const comparison = compareJob(JD, resume);
    assert.deepEqual(comparison.missing.map((t) => t.term), []);
    assert.equal(comparison.percent, 100);
  });

  it('reports missing terms heaviest first, and a weighted percentage', () => {
    const comparison = compareJob(JD, '- Chaired the CAB for 2 years\n');
    const weights = comparison.missing.map((t) => t.weight);
    assert.deepEqual(weights, [...weights].sort((a, b) => b - a));
    assert.equal(comparison.missing[0].term, 'project management', 'the title weighs most');
    const total = comparison.terms.reduce((n, t) => n + t.weight, 0);
    const cab = comparison.terms.find((t) => t.term === 'change advisory board').weight;
    assert.equal(comparison.percent, Math.round((100 * cab) / total));
  });

  it('"PRINCE2 or PMP": either one covers both', () => {
    const jd = '## Requirements\n\n- PRINCE2 Practitioner or PMP\n- Scrum or Kanban\n';
    const comparison = compareJob(jd, '- PMP certified; ran Kanban boards for 3 teams\n');
    assert.deepEqual(comparison.missing.map((t) => t.term), []);
  });

  it('flags stuffing past max(3, 3 x the description count), at the uses past the limit', () => {
    const resume = 'Jira. Jira. Jira. Jira. Jira. Agile Agile Agile Agile';
    const jd = '## Requirements\n\n- Jira\n- Agile, Agile delivery, Agile coaching and Agile planning\n';
    const comparison = compareJob(jd, resume);
    assert.deepEqual(comparison.stuffed.map((s) => [s.term, s.resumeCount, s.jdCount, s.limit, s.excess.map((e) => resume.slice(e.start, e.end))]), [['Jira', 5, 1, 3, ['Jira', 'Jira']]]);
    assert.deepEqual(comparison.stuffed[0].excess.map((e) => e.start), [18, 24]);
  });

  it('reads the resume without its front matter and comments, keeping offsets', () => {
    const resume = '---\nimpact-lint: {kind: resume, job: jd.md}\n---\n<!-- Jira Jira Jira Jira -->\n- Ran Jira for 3 teams\n';
    const comparison = compareJob('## Requirements\n\n- Jira\n', resume);
    const [jira] = comparison.matched;
    assert.equal(jira.resumeCount, 1);
    assert.equal(resume.slice(jira.occurrences[0].start, jira.occurrences[0].end), 'Jira');
  });

  it('tool names that are ordinary words match only when written as names', () => {
    const jd = '## Requirements\n\n- Working across teams with access to Slack and Microsoft Teams\n';
    const terms = termsOf(jd);
    assert.ok(terms.includes('Slack') && terms.includes('Microsoft Teams'), JSON.stringify(terms));
    assert.ok(!terms.includes('Access') && !terms.includes('Teams'), JSON.stringify(terms));
  });
});

describe('the bundled example: examples/resume.md against examples/job-description.md', () => {
  const comparison = compareJob(example('job-description.md'), example('resume.md'));
  const missing = comparison.missing.map((t) => t.term);
  const matched = comparison.matched.map((t) => t.term);

  it('names the terms a reader would name as missing', () => {
    // What a hiring manager reading both would say the resume does not show.
    for (const term of ['budget', 'stakeholder management', 'risk management', 'RAID log', 'status reports', 'change advisory board', 'change management', 'go-live', 'vendor management', 'Agile', 'lessons learned', 'business case', 'MS Project', 'Confluence', 'hypercare']) {
      assert.ok(missing.includes(term), `"${term}" is not reported missing: ${JSON.stringify(missing)}`);
    }
    assert.deepEqual(missing.slice(0, 2), ['budget', 'stakeholder management']);
  });

  it('does not call covered terms missing', () => {
    for (const term of ['project management', 'Azure', 'PRINCE2', 'ITIL', 'Jira', 'ServiceNow', 'service desk', 'infrastructure']) assert.ok(matched.includes(term), `"${term}" is not matched: ${JSON.stringify(matched)}`);
    assert.ok(!missing.includes('PMP'), 'PRINCE2 covers "PRINCE2 Practitioner or PMP"');
  });

  it('reports nothing silly: no generic words, no employer, no benefits', () => {
    const silly = /^(team|teams|experience|ability|skills?|work|role|years?|fabrikam|fabrikam freight|salary|bonus|pension|holiday|days?|uk|manchester|hybrid|office|pallets|depots?|retailers)$/i;
    assert.deepEqual(comparison.terms.map((t) => t.term).filter((t) => silly.test(t)), []);
  });

  it('covers a minority of the terms, and nothing is stuffed', () => {
    assert.ok(comparison.percent >= 15 && comparison.percent <= 45, String(comparison.percent));
    assert.deepEqual(comparison.stuffed, []);
  });
});
