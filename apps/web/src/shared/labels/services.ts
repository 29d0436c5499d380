import { EXPERTISE_TAGS, SERVICE_CODES, type ExpertiseTag, type ServiceCode } from '@springplank/domain';
import type { Translate } from '../i18n/I18nProvider';
import type { Option } from '../ui/fields';

/** The Dutch (or English) name of a service. */
export function serviceLabel(t: Translate, service: ServiceCode): string {
  return t.enum('service', service);
}

/** Options for a service select, in the domain's order (optionally only some services). */
export function serviceOptions(t: Translate, services: readonly ServiceCode[] = SERVICE_CODES): Option[] {
  return services.map((service) => ({ value: service, label: t.enum('service', service) }));
}

/** Options for the expertise checkboxes. */
export function expertiseOptions(t: Translate): Option[] {
  return EXPERTISE_TAGS.map((tag) => ({ value: tag, label: t.enum('expertiseTag', tag) }));
}

/** Whether a string is a service code. */
export function isServiceCode(value: string): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value);
}

/** Whether a string is an expertise tag. */
export function isExpertiseTag(value: string): value is ExpertiseTag {
  return (EXPERTISE_TAGS as readonly string[]).includes(value);
}
