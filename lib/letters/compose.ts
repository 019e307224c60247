// Template + letterhead + values → the frozen content of one letter. Pure.
import type { LetterContent } from "./content";
import { paragraphsOf, renderVariables } from "./variables";

export type TemplateInput = {
  title: string;
  body: string;
  signerPosition: string;
  signerName: string;
  signerNip: string | null;
  signPlace: string;
  qrPlacement: "LEFT" | "RIGHT";
};

export type LetterheadInput = {
  kopGovernment: string;
  kopParent: string | null;
  kopName: string;
  kopAddress: string;
  kopContacts: string | null;
  logoFileId: string | null;
};

export function composeContent(template: TemplateInput, kop: LetterheadInput, values: Record<string, string | null>): LetterContent {
  return {
    kop: {
      government: kop.kopGovernment,
      parent: kop.kopParent,
      name: kop.kopName,
      address: kop.kopAddress,
      contacts: kop.kopContacts,
      logoFileId: kop.logoFileId,
    },
    title: renderVariables(template.title, values),
    paragraphs: paragraphsOf(renderVariables(template.body, values)),
    place: template.signPlace,
    signer: { position: template.signerPosition, name: template.signerName, nip: template.signerNip },
    qrPlacement: template.qrPlacement,
  };
}
