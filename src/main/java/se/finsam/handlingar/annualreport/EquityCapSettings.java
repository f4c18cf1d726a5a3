package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation's trappan setting, one row. Kept here until the organisation register owns organisation settings.
 */
@Component
public class EquityCapSettings {

    private final JdbcClient jdbc;

    EquityCapSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public EquityCap current() {
        return jdbc.sql("SELECT lower_rate, limit_kronor, upper_rate FROM finance_equity_cap WHERE id = 1")
                .query((rs, n) -> new EquityCap(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .optional().orElse(EquityCap.DEFAULT);
    }

    public EquityCap save(EquityCap cap) {
        int updated = jdbc.sql("UPDATE finance_equity_cap SET lower_rate = ?, limit_kronor = ?, upper_rate = ? WHERE id = 1")
                .params(cap.lowerRate(), cap.limit(), cap.upperRate()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO finance_equity_cap (id, lower_rate, limit_kronor, upper_rate) VALUES (1, ?, ?, ?)")
                    .params(cap.lowerRate(), cap.limit(), cap.upperRate()).update();
        }
        return current();
    }

}
