import { useTranslations } from "next-intl"; console.log(useTranslations);
