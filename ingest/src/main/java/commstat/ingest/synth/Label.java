package commstat.ingest.synth;

/** A code value with its Chinese label (contract.md): written as one or the other depending on the file's style. */
enum Label {
    UNEMPLOYED_REGISTERED("失业登记"), EMPLOYED("实现就业"), FLEXIBLE_VERIFIED("灵活就业认定"), TRAINING("职业培训"),
    ENTREPRENEURSHIP("创业指导"), ZERO_HOUSEHOLD_DECLARED("零就业家庭认定"), ZERO_HOUSEHOLD_CLEARED("零就业家庭消除"),
    M("男"), F("女"),
    RENTAL("租赁"), EMPLOYER("单位宿舍"), RELATIVE("投亲靠友"), OTHER("其他"),
    WORK("务工"), BUSINESS("经商"), STUDY("就学"), FAMILY("随迁"),
    IN("收入"), OUT("支出"),
    CITY_ALLOCATION("市级拨款"), DISTRICT_ALLOCATION("区级拨款"), STREET_ALLOCATION("街道拨款"),
    SPECIAL_FUND("专项资金"), DONATION("社会捐赠"), OTHER_INCOME("其他收入"),
    PUBLIC_SERVICE("公共服务"), ACTIVITIES("文体活动"), ASSISTANCE("困难救助"), MAINTENANCE("维修维护"),
    OFFICE("办公经费"), STAFF("人员补贴"), OTHER_EXPENSE("其他支出"),
    ORG("单位"), PERSON("个人");

    private final String chinese;

    Label(String chinese) {
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }
}
