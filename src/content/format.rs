//! Numbers and dates in the reader's language. Hand-written rather than ICU: the box needs
//! two languages and three formats, and every byte here ships to every reader.

use super::Lang;

const MONTHS_DE: [&str; 12] = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// `2025-11-07` → "7. November 2025" / "7 November 2025"; `2025-07` → "Juli 2025";
/// `2022` → "2022". Anything unparseable is returned unchanged rather than dropped.
pub fn date(iso: &str, lang: Lang) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let month_name = |m: u32| {
        let names = match lang {
            Lang::De => &MONTHS_DE,
            Lang::En => &MONTHS_EN,
        };
        names.get((m as usize).wrapping_sub(1)).copied()
    };
    match (parts.len(), number(0), number(1).and_then(month_name), number(2)) {
        (1, Some(year), _, _) => year.to_string(),
        (2, Some(year), Some(month), _) => format!("{month} {year}"),
        (3, Some(year), Some(month), Some(day)) if (1..=31).contains(&day) => match lang {
            Lang::De => format!("{day}. {month} {year}"),
            Lang::En => format!("{day} {month} {year}"),
        },
        _ => iso.to_string(),
    }
}

/// Population as readers say it: 20400000 → "20,4 Mio." / "20.4 million"; below a million,
/// grouped digits: 935400 → "935.400" / "935,400".
pub fn population(value: u64, approx: bool, lang: Lang) -> String {
    let number = if value >= 1_000_000 {
        let millions = decimal(value, 1_000_000, 2, lang);
        match lang {
            Lang::De => format!("{millions} Mio."),
            Lang::En => format!("{millions} million"),
        }
    } else {
        grouped(value, lang)
    };
    match (approx, lang) {
        (false, _) => number,
        (true, Lang::De) => format!("ca. {number}"),
        (true, Lang::En) => format!("about {number}"),
    }
}

/// `value / unit` with at most `places` decimals, trailing zeros dropped, in the language's
/// decimal separator. Integer arithmetic keeps float formatting code out of the bundle.
fn decimal(value: u64, unit: u64, places: u32, lang: Lang) -> String {
    let scale = 10u64.pow(places);
    // The remainder is below `unit`, so scaling it cannot overflow for any unit up to 10^12.
    let mut whole = value / unit;
    let mut fraction = ((value % unit) * scale + unit / 2) / unit;
    if fraction == scale {
        whole += 1;
        fraction = 0;
    }
    let mut fraction = format!("{:0width$}", fraction, width = places as usize);
    while fraction.ends_with('0') {
        fraction.pop();
    }
    let whole = grouped(whole, lang);
    if fraction.is_empty() {
        whole
    } else {
        let sep = match lang {
            Lang::De => ',',
            Lang::En => '.',
        };
        format!("{whole}{sep}{fraction}")
    }
}

fn grouped(value: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(date("2025-11-07", Lang::De), "7. November 2025");
        assert_eq!(date("2025-11-07", Lang::En), "7 November 2025");
        assert_eq!(date("2025-03", Lang::De), "März 2025");
        assert_eq!(date("2022", Lang::En), "2022");
        assert_eq!(date("2025-13-01", Lang::En), "2025-13-01");
        assert_eq!(date("gestern", Lang::De), "gestern");
    }

    #[test]
    fn populations_in_both_languages() {
        assert_eq!(population(20_400_000, true, Lang::De), "ca. 20,4 Mio.");
        assert_eq!(population(20_400_000, true, Lang::En), "about 20.4 million");
        assert_eq!(population(7_060_000, false, Lang::De), "7,06 Mio.");
        assert_eq!(population(37_500_000, false, Lang::En), "37.5 million");
        assert_eq!(population(10_000_000, false, Lang::De), "10 Mio.");
        assert_eq!(population(935_400, false, Lang::De), "935.400");
        assert_eq!(population(935_400, false, Lang::En), "935,400");
        assert_eq!(population(1_234_567_890, false, Lang::En), "1,234.57 million");
        assert_eq!(population(1_999_999, false, Lang::En), "2 million");
        assert_eq!(population(u64::MAX, false, Lang::De), "18.446.744.073.709,55 Mio.");
    }
}
