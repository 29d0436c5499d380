import type { nlReports } from '../nl/reports';

/** English texts of the meldpunt pages; TypeScript makes sure the keys match the Dutch source. */
export const enReports: Record<keyof typeof nlReports, string> = {
  'report.title': 'Make a report',
  'report.intro':
    'Are you worried about someone? For example a neighbour, a family member or someone on the street? Tell us with this form.',
  'report.introMeldpunt':
    'The report centre for worrying behaviour (meldpunt) reads your report. They look at what is needed and who can help.',
  'report.onBehalfOf': 'You are reporting on behalf of {organisation}.',
  'report.onBehalfOfHint':
    'The meldpunt sees that the report comes from your organisation. You will find it afterwards under "My reports".',
  'report.headerLink': 'Make a report',
  'report.signInLink': 'Worried about someone? Make a report',

  'report.acute.legend': 'Is there direct danger right now?',
  'report.acute.description':
    'Direct danger means: someone could seriously hurt themselves or someone else right now. Or someone’s life is in danger.',
  'report.acute.call112': 'Call 112 at once if a life is in danger.',
  'report.acute.crisis':
    'Call the mental health crisis service (GGZ) through the GP or the out-of-hours GP service if someone is in a mental health crisis.',
  'report.acute.recorded':
    'Call first. After that you can still send this report. We then record it as acute, and the meldpunt looks at it as soon as possible.',

  'report.categories.legend': 'What are you worried about?',
  'report.categories.description': 'Choose one or more topics.',
  'report.concern.label': 'What do you see or hear?',
  'report.concern.description':
    'Tell us in your own words what is going on. What does the person do? Since when? How often? Write at least 10 characters.',

  'report.subject.legend': 'Who is it about?',
  'report.subject.description':
    'Fill in what you know. We need at least one thing to find the person: a name, an address or a description.',
  'report.subject.name': 'Name',
  'report.subject.address': 'Address',
  'report.subject.age': 'Estimated age',
  'report.subject.ageDescription': 'In years, for example 45.',
  'report.subject.descriptionLabel': 'Description of the person',
  'report.subject.descriptionHint': 'For example: what does the person look like? Where are they often?',

  'report.location.legend': 'Where is it?',
  'report.location.municipality': 'Municipality',
  'report.location.municipalityEmpty': 'Choose a municipality',
  'report.location.municipalityDescription': 'In which municipality does the person live or stay?',
  'report.location.address': 'Address or place',
  'report.location.addressDescription': 'For example a street, a park or a shop.',
  'report.location.district': 'District',
  'report.location.loading': 'Loading the list of municipalities…',
  'report.location.loadFailed': 'The list of municipalities could not be loaded.',

  'report.reporter.legend': 'Who are you?',
  'report.reporter.description': 'Choose what fits best.',
  'report.contact.legend': 'Your contact details',
  'report.contact.description':
    'The meldpunt can then call or e-mail you if they have a question. We do not tell the person who made the report.',
  'report.contact.name': 'Your name',
  'report.contact.phone': 'Your phone number',
  'report.contact.email': 'Your e-mail address',
  'report.contact.feedback': 'I want to hear how things go on',
  'report.contact.feedbackDescription':
    'Please also fill in your e-mail address. We e-mail you when the phase of your report changes. We only tell you how far the report is. We never tell you what we do for the person.',
  'report.contact.professional': 'You can follow the phase of the report under "My reports".',

  'report.attachments.legend': 'Photos or documents',
  'report.attachments.description':
    'You can add a PDF or a photo (JPG, PNG, GIF or WebP). At most 5 files, each at most 10 MB.',
  'report.attachments.input': 'Choose a file',
  'report.attachments.listLabel': 'Added files',
  'report.attachments.uploading': 'Adding… {percent}%',
  'report.attachments.done': 'Added',
  'report.attachments.failed': 'Failed: {reason}',
  'report.attachments.remove': 'Remove',
  'report.attachments.tooBig': 'This file is larger than 10 MB.',
  'report.attachments.wrongType': 'This kind of file is not possible. Choose a PDF or a photo.',
  'report.attachments.tooMany': 'You can add at most 5 files.',
  'report.attachments.added': '{name} has been added.',
  'report.attachments.removed': '{name} has been removed.',
  'report.attachments.notAdded': '{name} was not added.',

  'report.honeypot.label': 'Leave this field empty',

  'report.privacy.title': 'What do we do with your data?',
  'report.privacy.stored':
    'We keep what you fill in: your worries, the details about the person, the place and the files.',
  'report.privacy.contact': 'Only the meldpunt sees your name, phone number and e-mail address.',
  'report.privacy.anonymous': 'We do not tell the person who made the report.',
  'report.privacy.removeContact':
    'When the report is closed, we delete your contact details. Unless you asked to hear how things go on.',
  'report.privacy.retention':
    'If the report does not lead to help or support, we delete it one year after it was closed.',

  'report.submit': 'Send report',
  'report.submitting': 'Sending…',
  'report.notSent':
    'Your report has not been sent yet. Check your internet connection and try again. You do not need to fill in anything again.',
  'report.retry': 'Send again',
  'report.changedAfterFailure':
    'Your report may already have arrived earlier. You changed something after that. Click "Send report" once more to send the new version.',

  'report.error.summaryTitle': 'Not everything is filled in correctly yet',
  'report.error.summaryIntro': 'Choose an item below to correct it.',
  'report.error.uploadsBusy': 'Please wait until all files have been added.',
  'report.error.tooLarge': 'Your report is too large. Shorten the text or remove a file.',

  'receipt.title': 'Your report has been received',
  'receipt.pageTitle': 'Report received',
  'receipt.thanks': 'Thank you. The meldpunt will deal with your report as soon as possible.',
  'receipt.reference': 'Your report number is',
  'receipt.receivedAt': 'Received on {date}.',
  'receipt.linkTitle': 'Keep this link',
  'receipt.linkText':
    'With this link you can see how far your report is. Keep the link safe. For example, put it in your notes or e-mail it to yourself. Do not give the link to others.',
  'receipt.copy': 'Copy link',
  'receipt.copied': 'The link has been copied.',
  'receipt.copyFailed': 'Copying did not work. Select the link and copy it yourself.',
  'receipt.next.title': 'What happens now?',
  'receipt.next.read': 'The meldpunt reads your report.',
  'receipt.next.look': 'They look at what is needed. Sometimes someone visits the person.',
  'receipt.next.contact': 'If the meldpunt has a question, they contact you, if you filled in your details.',
  'receipt.another': 'Make another report',
  'receipt.ownReports': 'To the reports of my organisation',
  'receipt.missing.title': 'No report found',
  'receipt.missing.text':
    'We can no longer show the details of your report here. Did you keep the link? Then you can use it to see how far your report is.',

  'status.title': 'How far is your report?',
  'status.reference': 'Report number: {reference}',
  'status.current': 'Your report is now:',
  'status.stepsLabel': 'Steps of your report',
  'status.step.done': 'Done',
  'status.step.current': 'Now',
  'status.step.todo': 'Not yet',
  'status.step.skipped': 'Not needed',
  'status.step.doneOn': 'Done on {date}',
  'status.step.currentSince': 'Now, since {date}',
  'status.explain.received': 'The meldpunt has received your report and is looking at what is needed.',
  'status.explain.in_follow_up': 'Someone is working on your report.',
  'status.explain.closed': 'The meldpunt has finished with your report.',
  'status.privacy':
    'We never tell what happens with the person. This protects the person’s privacy. Here you only see how far the report is.',
  'status.notFound.title': 'Report not found',
  'status.notFound.text': 'We cannot find this report. Please check the link.',
  'status.notFound.hint': 'Use the whole link. Part of the link is not enough.',
  'status.newReport': 'Make a new report',

  'ownReports.title': 'Reports of my organisation',
  'ownReports.intro':
    'Here you see the reports of {organisation}. You only see the phase and the dates. You do not see what happens with the person.',
  'ownReports.new': 'Make a report',
  'ownReports.caption': 'Reports of your organisation ({total})',
  'ownReports.empty': 'Your organisation has not made any reports yet.',
  'ownReports.col.reference': 'Report number',
  'ownReports.col.phase': 'Phase',
  'ownReports.col.receivedAt': 'Received',
  'ownReports.col.followUpStartedAt': 'In progress since',
  'ownReports.col.closedAt': 'Closed on',
};
